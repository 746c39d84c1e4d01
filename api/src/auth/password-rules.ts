/** The password rules, with no Node imports, so the web app can show and check the same ones. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;
