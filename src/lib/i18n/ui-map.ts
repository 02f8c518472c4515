/**
 * The islands map's texts (src/lib/geo/islands-map.ts, figure.ts): its
 * title, context names, ring label, text alternative and caption. A
 * Japanese page gets the map with these in Japanese and the places'
 * Japanese names first.
 */
export const mapEn = {
  'map.title': 'Map: Hokkaido and the Kuril Islands',
  'map.heading': 'Hokkaido and the Kuril Islands.',
  'map.context.hokkaido': 'Hokkaido',
  'map.context.kamchatka': 'Kamchatka',
  'map.context.sakhalin': 'Sakhalin',
  'map.context.okhotsk': 'Sea of Okhotsk',
  'map.context.pacific': 'Pacific Ocean',
  'map.note.paramushir': 'northern Kurils, not disputed',
  'map.ring.claim': 'Claimed range: up to {km} km,',
  'map.ring.by': 'according to {claimedBy}',
  'map.scale': '{km} km',
  'map.desc.intro': 'Map of Hokkaido, the Kuril Islands and southern Kamchatka, showing land only, with no borders.',
  'map.desc.disputed': 'Marked are the four islands that Russia calls the southern Kurils and Japan the Northern Territories: {places}.',
  'map.desc.disputedPlace': '{name} ({cyrillic}, {japanese})',
  'map.desc.others': 'Also marked: {places}.',
  'map.desc.range': 'A dashed circle of {km} km around {place} shows the missile range of up to {km} km claimed by {claimedBy}.',
  'map.rangeSources': 'Range sources:',
  'map.landCredit':
    'Land outlines: Natural Earth 1:10m land (public domain), from the world-atlas package, simplified for the web. At this scale Natural Earth draws four of the Habomai islets; smaller islets and rocks, among them the one nearest Cape Nosappu, are not in its data. Marker positions are approximate centre points, from weak sources (see the glossary). No borders are drawn: the map shows land, not sovereignty.',
} as const;

export const mapJa: Record<keyof typeof mapEn, string> = {
  'map.title': '地図：北海道と千島列島',
  'map.heading': '北海道と千島列島。',
  'map.context.hokkaido': '北海道',
  'map.context.kamchatka': 'カムチャツカ半島',
  'map.context.sakhalin': 'サハリン',
  'map.context.okhotsk': 'オホーツク海',
  'map.context.pacific': '太平洋',
  'map.note.paramushir': '千島列島北部、係争地ではない',
  'map.ring.claim': '主張されている射程：最大{km}km',
  'map.ring.by': '（{claimedBy}による）',
  'map.scale': '{km}キロ',
  'map.desc.intro': '北海道、千島列島、カムチャツカ半島南部の地図。陸地のみを示し、国境は描いていない。',
  'map.desc.disputed': 'ロシアが南クリル諸島、日本が北方領土と呼ぶ4島を示す：{places}。',
  'map.desc.disputedPlace': '{name}（ロシア名{russian}、{cyrillic}）',
  'map.desc.others': 'ほかに示す地点：{places}。',
  'map.desc.range': '{place}を中心とする半径{km}kmの破線の円は、{claimedBy}が主張する最大{km}kmのミサイル射程を示す。',
  'map.rangeSources': '射程の出典：',
  'map.landCredit':
    '陸地の輪郭：Natural Earthの1:10m陸地データ（パブリックドメイン）をworld-atlasパッケージから取り、ウェブ用に簡略化した。この縮尺のNatural Earthは歯舞群島のうち4島を描いており、納沙布岬に最も近い小島を含め、より小さな小島や岩礁はデータにない。地点の印の位置はおおよその中心点で、信頼性の低い情報源による（用語集を参照）。国境は描いていない。この地図が示すのは陸地であって、主権ではない。',
};
