// The start page's one-line summary of each open year's förhandskontroll
// (screens/StartPage.svelte): the core counts and dates, this only words them.
import type { KontrollStatus } from "./api";

/** How far off the year's deadline is: "i dag är sista dagen, 15 april 2026", "1 dag kvar …". */
export function deadlineWords(dagarKvar: number, deadlineText: string): string {
  if (dagarKvar === 0) return `i dag är sista dagen, ${deadlineText}`;
  return `${dagarKvar} ${dagarKvar === 1 ? "dag" : "dagar"} kvar till ${deadlineText}`;
}

/** The line after the year: "1 fel, 4 att fylla i nu, 1 varning · 142 dagar kvar till 15 april 2027". */
export function lageText(l: KontrollStatus): string {
  const fel = l.fel === 0 ? "inga fel" : `${l.fel} fel`;
  const attFylla = l.attFyllaINu > 0 ? `${l.attFyllaINu} att fylla i nu, ` : "";
  const varningar = `${l.varningar} ${l.varningar === 1 ? "varning" : "varningar"}`;
  return `${fel}, ${attFylla}${varningar} · ${deadlineWords(l.dagarKvar, l.deadlineText)}`;
}
