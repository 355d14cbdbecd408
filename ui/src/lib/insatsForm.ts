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
  /** M3: for an ESF-financed insats, whether the förbund itself leads the ESF project. */
  esfLeder: boolean;
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
    esfLeder: false,
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
    esfLeder: detail.esfLeder,
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
