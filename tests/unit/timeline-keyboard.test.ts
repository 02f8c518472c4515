/** The timeline chart's keys: which command each key gives, and where a move lands. */
import { describe, expect, it } from 'vitest';
import { keyCommand, moveIndex } from '../../src/scripts/timeline/keyboard';

const press = (key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
  keyCommand({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('keyCommand', () => {
  it('maps arrows, Home and End to moves, Enter and Space to open, Escape to close, + − 0 to zoom', () => {
    expect(press('ArrowRight')).toEqual({ move: 'next' });
    expect(press('ArrowUp')).toEqual({ move: 'previous' });
    expect(press('Home')).toEqual({ move: 'first' });
    expect(press('End')).toEqual({ move: 'last' });
    expect(press('Enter')).toEqual({ open: true });
    expect(press(' ')).toEqual({ open: true });
    expect(press('Escape')).toEqual({ close: true });
    expect(press('=')).toEqual({ zoom: 'in' });
    expect(press('-')).toEqual({ zoom: 'out' });
    expect(press('0')).toEqual({ zoom: 'reset' });
  });

  it('leaves other keys, and any key with a modifier, to the browser', () => {
    expect(press('a')).toBeUndefined();
    expect(press('toString')).toBeUndefined();
    expect(press('ArrowRight', { ctrlKey: true })).toBeUndefined();
    expect(press('+', { metaKey: true })).toBeUndefined();
  });
});

describe('moveIndex', () => {
  it('moves one step and stops at either end', () => {
    expect(moveIndex('next', 2, 5)).toBe(3);
    expect(moveIndex('next', 4, 5)).toBe(4);
    expect(moveIndex('previous', 0, 5)).toBe(0);
    expect(moveIndex('first', 3, 5)).toBe(0);
    expect(moveIndex('last', 0, 5)).toBe(4);
  });
});
