/**
 * The `data.hName` / `hProperties` / `hChildren` fields that
 * mdast-util-to-hast reads, declared here because that package is only an
 * indirect dependency, so its own declaration is not always in the program.
 */
import type { ElementContent, Properties } from 'hast';

declare module 'mdast' {
  interface Data {
    hChildren?: Array<ElementContent> | undefined;
    hName?: string | undefined;
    hProperties?: Properties | undefined;
  }
}
