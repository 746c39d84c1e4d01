import { loadLibrary } from "../library/load-library";
import { formatIssue } from "../library/yaml-file";

/** `parley lint`: validates every persona and rubric file; exit code 1 on any problem. */
export async function lintCommand(root: string, out: (line: string) => void): Promise<number> {
  const library = await loadLibrary(root);
  for (const issue of library.issues) out(formatIssue(issue));
  const summary = `${library.personas.length} personas, ${library.rubrics.length} rubrics valid; ${library.issues.length} problems`;
  out(summary);
  return library.issues.length > 0 ? 1 : 0;
}
