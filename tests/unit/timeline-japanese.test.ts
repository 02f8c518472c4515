/**
 * The timeline in Japanese: wide characters measured a full em, Japanese
 * titles cut and wrapped between characters (never before 、 or after 「),
 * ticks and group labels in Intl's ja-JP, the marks' accessible names, the
 * chart's words, and the groups' Japanese summaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentFiles, siteTimelineEvents } from '../support/content-files';
import { groupsIn, loadTimelineGroups, type EditorsGroup } from '../../src/data/timeline-groups';
import { chartText, erasIn } from '../../src/lib/timeline/chart-text';
import { groupLabel, groupRange } from '../../src/lib/timeline/clusters';
import { breakUnits, firstWord, fitText, joinUnits } from '../../src/lib/timeline/labels';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { isWide, textWidth } from '../../src/lib/timeline/metrics';
import { eventLabel } from '../../src/lib/timeline/render';
import { timeScale } from '../../src/lib/timeline/scale';
import { axisTicks } from '../../src/lib/timeline/ticks';
import { layoutVertical, wrapText } from '../../src/lib/timeline/vertical';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A fixed-width measure, so the tests can count: 6 px a narrow character, 12 px a wide one. */
const mono = (text: string) => [...text].reduce((w, ch) => w + (isWide(ch) ? 12 : 6), 0);

const english = siteTimelineEvents();
const titleJa = new Map(
  contentFiles('timeline/ja').map(({ text }) => [
    /^translationOf: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? '',
    /^title: "?([^"\n]+)"?$/m.exec(text)?.[1] ?? '',
  ]),
);
const events = english.map((e) => ({ ...e, title: titleJa.get(e.id) ?? e.title }));
const editors = parse(readFileSync('content/timeline-groups.yaml', 'utf8')) as EditorsGroup[];

describe('wide characters', () => {
  it('are measured a full em (12 px), kana, kanji and full-width punctuation alike', () => {
    expect(textWidth('択捉島')).toBe(36);
    expect(textWidth('ビザなし「」、（）～')).toBe(120);
    // Latin letters keep their table widths beside them.
    expect(textWidth('2022年')).toBeCloseTo(4 * 0.64 * 12 + 12);
    expect(isWide('a')).toBe(false);
    expect(isWide('–')).toBe(false);
  });
});

describe('Japanese titles', () => {
  it('break between any two characters, keeping punctuation with its character, and between words elsewhere', () => {
    expect(breakUnits('「バスチオン」配備、SWIFT排除').map((u) => u.text)).toEqual([
      '「バ',
      'ス',
      'チ',
      'オ',
      'ン」',
      '配',
      '備、',
      'SWIFT',
      '排',
      '除',
    ]);
    expect(breakUnits('Treaty of  Shimoda').map((u) => [u.text, u.space])).toEqual([
      ['Treaty', false],
      ['of', true],
      ['Shimoda', true],
    ]);
    expect(joinUnits(breakUnits(' Treaty of  Shimoda、日露 '))).toBe('Treaty of Shimoda、日露');
  });

  it('show whole where they fit, and are cut with "…" only after punctuation, never inside a word', () => {
    const title = '日露和親条約、択捉島と得撫島の間に国境を定める';
    expect(fitText(title, mono(title), mono)).toBe(title);
    // Cut after 、 (which goes), not inside 択捉島と得撫島の間に…: the visible words stay whole words of the mark's name.
    expect(fitText(title, 12 * 8, mono)).toBe('日露和親条約…');
    expect(fitText(title, 12 * 20, mono)).toBe('日露和親条約…');
    expect(fitText('ロシアの地対艦ミサイル、択捉島に「バスチオン」、国後島に「バル」と報道', 12 * 25, mono)).toBe(
      'ロシアの地対艦ミサイル、択捉島に「バスチオン」…',
    );
    // Before an opening bracket too.
    expect(fitText('国後島と択捉島に「バスチオン」配備', 12 * 9, mono)).toBe('国後島と択捉島に…');
    // A run with no cut in it, or fewer than six characters before the first: no label.
    expect(fitText('ミシュスチン首相が択捉島を訪問', 12 * 10, mono)).toBeNull();
    expect(fitText('日ソ、基本条約を結ぶ', 12 * 5, mono)).toBeNull();
    expect(firstWord('日ソ基本条約、両国の外交関係を樹立')).toBe('日ソ基本条約…');
    expect(firstWord('Treaty of Shimoda')).toBe('Treaty…');
  });

  it('wrap onto lines between characters on the phone chart, shortening only the last line, at a cut', () => {
    expect(wrapText('日ソ共同宣言、戦争状態を終結', 12 * 7, 3, mono)).toEqual(['日ソ共同宣言、', '戦争状態を終結']);
    const lines = wrapText('ソチで安倍首相とプーチン大統領が「新しいアプローチ」で一致', 12 * 10, 2, mono);
    expect(lines).toEqual(['ソチで安倍首相とプー', 'チン大統領が…']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(12 * 10);
  });

  it('at the full view, show the landmarks whole where the chart has room, within the plot', () => {
    const layout = layoutTimeline(events, { width: 1000, lang: 'ja', groups: groupsIn('ja', editors) });
    const tokyo = layout.events.find((e) => e.id === '1993-10-13-tokyo-declaration');
    expect(tokyo?.label?.text).toBe(titleJa.get('1993-10-13-tokyo-declaration'));
    for (const e of layout.events) {
      if (!e.label) continue;
      const w = textWidth(e.label.text);
      const [x0, x1] = e.label.anchor === 'start' ? [e.label.x, e.label.x + w] : [e.label.x - w, e.label.x];
      expect(x0, e.id).toBeGreaterThanOrEqual(layout.plot.left);
      expect(x1, e.id).toBeLessThanOrEqual(layout.plot.right);
    }
  });
});

describe('Japanese ticks', () => {
  it('write years, months and days as Intl ja-JP does, the year and month only where they change', () => {
    const years = axisTicks(timeScale([+day('1990-01-01'), +day('2025-01-01')], [0, 800]), 0, 800, textWidth, 'ja');
    expect(years.length).toBeGreaterThan(2);
    for (const t of years) expect(t.label).toMatch(/^\d{4}年$/);
    const months = axisTicks(timeScale([+day('2022-09-20'), +day('2023-03-20')], [0, 800]), 0, 800, textWidth, 'ja');
    expect(months.map((t) => t.label)).toEqual(['2022年10月', '11月', '12月', '2023年', '2月', '3月']);
    const days = axisTicks(timeScale([+day('2022-12-13'), +day('2022-12-21')], [0, 800]), 0, 800, textWidth, 'ja');
    expect(days.map((t) => t.label)).toEqual(['2022年12月14日', '15日', '16日', '17日', '18日', '19日', '20日']);
  });

  it('are the same as before in English', () => {
    const months = axisTicks(timeScale([+day('2022-09-20'), +day('2023-03-20')], [0, 800]), 0, 800);
    expect(months.map((t) => t.label)).toEqual(['Oct 2022', 'Nov', 'Dec', '2023', 'Feb', 'Mar']);
  });
});

describe('Japanese groups', () => {
  it('give their months, summary and count in Japanese', () => {
    expect(groupRange(day('2022-02-18'), day('2022-03-21'), 'ja')).toBe('2022年2月～3月');
    expect(groupRange(day('2022-12-05'), day('2023-01-10'), 'ja')).toBe('2022年12月～2023年1月');
    expect(groupRange(day('2022-12-05'), day('2022-12-16'), 'ja')).toBe('2022年12月');
    expect(groupLabel(day('2022-02-18'), day('2022-03-21'), '侵攻、制裁、交渉の停止', 7, 'ja')).toBe(
      '2022年2月～3月：侵攻、制裁、交渉の停止 · 7件',
    );
    expect(groupLabel(day('2022-02-18'), day('2022-03-21'), null, 5, 'ja')).toBe('2022年2月～3月 · 5件');
  });

  it('take the Japanese summary the editors wrote for each group', () => {
    const ids = new Set(english.map((e) => e.id));
    const ja = groupsIn('ja', loadTimelineGroups(ids, 'content/timeline-groups.yaml'));
    expect(ja.map((g) => g.id)).toEqual(editors.map((g) => g.id));
    for (const g of ja) expect(g.summary).toMatch(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u);
    expect(groupsIn('en', editors).map((g) => g.summary)).toEqual(editors.map((g) => g.summary));
    const layout = layoutTimeline(events, { width: 1000, lang: 'ja', groups: ja });
    expect(layout.groups.find((g) => g.id === 'group-2022-invasion-sanctions')?.title).toBe(
      `2022年2月～3月：${editors.find((g) => g.id === '2022-invasion-sanctions')!.ja.summary} · 7件`,
    );
  });

  it('label the phone chart in Japanese too', () => {
    const layout = layoutVertical(events, { width: 360, height: 1600, groups: groupsIn('ja', editors), lang: 'ja' });
    expect(layout.ticks.length).toBeGreaterThan(2);
    for (const t of layout.ticks) expect(t.label).toMatch(/年|月|日/);
    expect(layout.marks.find((m) => m.id === 'group-2022-invasion-sanctions')?.group?.title).toMatch(/^2022年2月～3月：.* · 7件$/);
  });
});

describe('the chart words in Japanese', () => {
  it('name a mark by its date, title and category in Japanese', () => {
    const e = {
      id: 'x',
      title: '東京宣言',
      date: '1993-10-13',
      precision: 'day' as const,
      category: 'diplomacy' as const,
      importance: 3 as const,
    };
    const { categories } = chartText('ja', { count: 1, from: 1993, to: 1993 });
    expect(eventLabel(e, 'ja', categories)).toBe('1993年10月13日：東京宣言（外交）');
    expect(eventLabel({ ...e, endDate: '1993-10-15' }, 'ja', categories)).toBe('1993年10月13日～15日：東京宣言（外交）');
    expect(eventLabel(e)).toBe('13 October 1993: 東京宣言 (Diplomacy)');
  });

  it('give the chart a Japanese name and description, and the eras Japanese labels', () => {
    const ja = chartText('ja', { count: 73, from: 1855, to: 2024 });
    expect(ja.title).toBe('日露関係年表（1855～2024年）');
    expect(ja.description.across).toContain('73件の出来事を時間軸上の印で示します。');
    expect(ja.description.across).toContain('外交は円、領土は正方形');
    expect(ja.description.down).toContain('ページの上から下へ進む時間軸');
    expect(erasIn('ja').map((e) => e.short)).toEqual(['ロシア帝国', 'ソ連時代', 'ソ連崩壊後', '2022年以降']);
    const en = chartText('en', { count: 73, from: 1855, to: 2024 });
    expect(en.title).toBe('Timeline of Japan–Russia relations, 1855–2024');
    expect(en.description.across).toContain(
      '73 events as marks on a time axis. Category is shown by colour and shape: Diplomacy, circle; Territory, square',
    );
    expect(en.description.down).toContain('on a time axis running down the page');
  });
});
