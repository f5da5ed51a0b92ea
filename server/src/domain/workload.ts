export interface Workload {
  weeklyCapacityHours: number;
  committedHours: number;
  utilisation: number;
}

/** Utilisation = committed hours / weekly capacity; 0 capacity with commitments counts as fully used. */
export function workload(weeklyCapacityHours: number, committedHours: number): Workload {
  const utilisation = weeklyCapacityHours > 0 ? committedHours / weeklyCapacityHours : committedHours > 0 ? 1 : 0;
  return { weeklyCapacityHours, committedHours, utilisation: Math.round(utilisation * 1000) / 1000 };
}
