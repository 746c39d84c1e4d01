/** The server's minimum password length, shown in the admin forms (the API checks it; password-rules.test.ts keeps the two equal). */
export const MIN_PASSWORD_LENGTH = 12;
