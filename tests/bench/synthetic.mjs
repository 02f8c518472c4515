/**
 * Synthetic content for the scale benchmarks: articles that look like ours
 * (headings, paragraphs, footnote citations, a callout, place names) and
 * timeline events, deterministic for a given index so runs are comparable.
 */
const PLACES = ['Iturup', 'Etorofu', 'Kunashir', 'Kunashiri', 'Shikotan', 'Habomai', 'Paramushir', 'Hokkaido', 'Sakhalin'];
const WORDS = (
  'the strategy ministry islands treaty declaration talks sanctions missile deployment security cooperation ' +
  'government report defence policy dispute relations economic visit summit statement range coastal fleet'
).split(' ');
const TOPICS = ['kuril-islands', 'security-strategy', 'sanctions', 'military', 'diplomacy', 'ukraine-war'];
const CATEGORIES = ['diplomacy', 'territory', 'security-policy', 'military', 'sanctions'];

/** Small deterministic PRNG (mulberry32), so every run builds the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r) {
  const n = 12 + Math.floor(r() * 14);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[Math.floor(r() * n)] = PLACES[Math.floor(r() * PLACES.length)];
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r, cite) {
  return Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r)).join(' ') + (cite ? `[^${cite}]` : '');
}

function day(r, from = 1993, to = 2023) {
  const y = from + Math.floor(r() * (to - from + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** About 600 words: four sections, footnotes, one correction box. */
export function syntheticArticle(i) {
  const r = rng(i + 1);
  const body = [];
  for (let s = 1; s <= 4; s++) {
    body.push(`## Section ${s}: ${sentence(r).slice(0, 40).replace(/\.$/, '')}`, '');
    body.push(paragraph(r, s), '', paragraph(r), '');
    if (s === 2) body.push(':::correction[A note on the figures]', paragraph(r, 5), ':::', '');
  }
  for (let f = 1; f <= 5; f++)
    body.push(`[^${f}]: Publisher ${f}, "Source title ${i}-${f}", 2022-12-0${f}. <https://example.org/${i}/${f}>`);
  return `---
title: "Synthetic article ${i}: ${sentence(r).slice(0, 60).replace(/\.$/, '').replace(/"/g, '')}"
description: "${sentence(r).replace(/"/g, '')}"
published: ${day(r, 2020, 2026)}
kind: analysis
topics: [${TOPICS[i % TOPICS.length]}]
byline: "Benchmark"
---

${body.join('\n')}
`;
}

/** The event's file name: its date first, as the content gate requires. */
export function syntheticEventName(i) {
  return `${day(rng(100000 + i))}-synthetic-${i}.md`;
}

export function syntheticEvent(i) {
  const r = rng(100000 + i);
  return `---
title: "Synthetic event ${i}"
date: "${day(r)}"
precision: day
category: ${CATEGORIES[i % CATEGORIES.length]}
importance: ${1 + (i % 3)}
topics: [${TOPICS[i % TOPICS.length]}]
sources:
  - publisher: "Example publisher"
    title: "Source ${i}"
    url: "https://example.org/events/${i}"
---
${paragraph(r)}
`;
}
