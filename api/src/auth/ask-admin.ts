import { createInterface } from "node:readline/promises";

/**
 * Asks for the first admin's email and password on an interactive terminal. The password is not
 * echoed. Returns null when there is no terminal to ask on.
 */
export async function askForFirstAdmin(): Promise<{ email: string; password: string } | null> {
  if (!process.stdin.isTTY) return null;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    process.stdout.write("Parley has no admin account yet. Create one now.\n");
    const email = (await prompt.question("Admin email: ")).trim();
    const output = prompt as unknown as { _writeToOutput?: (text: string) => void };
    const write = output._writeToOutput;
    output._writeToOutput = () => {};
    process.stdout.write("Password (at least 12 characters, not shown): ");
    const password = await prompt.question("");
    output._writeToOutput = write;
    process.stdout.write("\n");
    return { email, password };
  } finally {
    prompt.close();
  }
}
