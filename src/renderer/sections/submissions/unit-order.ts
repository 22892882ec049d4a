import { SEQUENCES, type Sequence } from '../../../domain'

/**
 * The units in the order of the roster page: 乡镇（街道）和园区 first, then 县级部门, each
 * sequence in the order it was given (the roster's). A list sorted across both sequences at once
 * mixes 县财政局 between two townships, and the office checks returns sequence by sequence.
 */
export function inRosterOrder<T extends { sequence: Sequence }>(units: readonly T[]): T[] {
  // Array.prototype.sort is stable: within a sequence the given order stays.
  return [...units].sort((a, b) => SEQUENCES.indexOf(a.sequence) - SEQUENCES.indexOf(b.sequence))
}
