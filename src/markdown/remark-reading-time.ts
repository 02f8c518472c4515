/**
 * Counts the words of an article's body and stores the reading time in
 * minutes on the frontmatter (`minutesRead`, `wordCount`), which Astro hands
 * back as `remarkPluginFrontmatter` from `render()`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { documentLanguage } from '../lib/i18n/languages';
import { readingMinutes, wordCount } from '../lib/text';

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const words = wordCount(toString(tree));
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter['wordCount'] = words;
    frontmatter['minutesRead'] = readingMinutes(words, documentLanguage(file.path));
  };
}
