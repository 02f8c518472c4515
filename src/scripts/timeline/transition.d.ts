/**
 * d3-zoom imports d3-transition, which adds `transition()` to every selection; the zoom buttons and keys animate
 * through it. Its types are not installed (nor is it a dependency of ours), so this declares the part we use.
 */
import type { BaseType, TransitionLike } from 'd3-selection';

declare module 'd3-selection' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats all four type parameters
  interface Selection<GElement extends BaseType, Datum, PElement extends BaseType, PDatum> {
    transition(): TransitionLike<GElement, Datum> & { duration(ms: number): TransitionLike<GElement, Datum> };
  }
}
