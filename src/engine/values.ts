/**
 * Numbers as facts give them: exact (`80`) or qualified (`{ value: 80, qualifier: 'about' }`).
 * One place reads both, so no other module needs to know the two shapes.
 */
import type { NumberQualifier, NumberValue, ObjectValue } from './pack.js';

/** Share of the value an `about` number may be off by when the pack gives no tolerance. */
export const DEFAULT_TOLERANCE = 0.1;

export function isNumberValue(value: ObjectValue): value is number | NumberValue {
  return typeof value === 'number' || (typeof value === 'object' && 'value' in value);
}

/** The number a number object stands for. */
export function numberOf(value: number | NumberValue): number {
  return typeof value === 'number' ? value : value.value;
}

export function qualifierOf(value: number | NumberValue): NumberQualifier | undefined {
  return typeof value === 'number' ? undefined : value.qualifier;
}

/** "over 2,000": no other number is provably wrong, so only its true statement is asked. */
export function isOneSided(value: number | NumberValue): boolean {
  const qualifier = qualifierOf(value);
  return qualifier !== undefined && qualifier !== 'about';
}

/** How far the true value may be from an `about` number (0 for an exact one). */
export function toleranceOf(value: number | NumberValue): number {
  if (typeof value === 'number' || value.qualifier !== 'about') return 0;
  return value.tolerance ?? Math.abs(value.value) * DEFAULT_TOLERANCE;
}
