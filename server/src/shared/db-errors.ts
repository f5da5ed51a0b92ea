/** PostgreSQL's unique_violation: two writers raced for the same unique value. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "23505";
}
