/** Query keys of the admin screens (cleared with the rest of a user's data on sign-out). */
export const adminKeys = {
  users: ["admin", "users"] as const,
  teams: ["admin", "teams"] as const,
  xapiOutbox: ["admin", "xapi-outbox"] as const,
};
