// The editable part of an insats as the forms hold it, and its conversion to and from
// what the core sends and takes.
import type { InsatsDetail, NewInsats } from "./api";

export interface InsatsFormValues {
  namn: string;
  preciseradInriktningId: number | null;
  malgruppIds: number[];
  beskrivning: string;
  startdatum: string;
  slutdatum: string;
  deltagaransvarigaIds: number[];
}

export function emptyForm(): InsatsFormValues {
  return {
    namn: "",
    preciseradInriktningId: null,
    malgruppIds: [],
    beskrivning: "",
    startdatum: "",
    slutdatum: "",
    deltagaransvarigaIds: [],
  };
}

export function formOf(detail: InsatsDetail): InsatsFormValues {
  return {
    namn: detail.namn,
    preciseradInriktningId: detail.preciseradInriktning?.id ?? null,
    malgruppIds: detail.malgrupper.map((m) => m.id),
    beskrivning: detail.beskrivning,
    startdatum: detail.startdatum,
    slutdatum: detail.slutdatum ?? "",
    deltagaransvarigaIds: detail.deltagaransvariga.map((d) => d.id),
  };
}

/** The whole save: the fixed choices as they are, the form as edited. */
export function inputOf(
  choices: Pick<NewInsats, "inriktning" | "foljerDeltagare" | "esf">,
  form: InsatsFormValues,
  confirmWarnings: boolean,
): NewInsats {
  return { ...choices, ...form, confirmWarnings };
}
