// Swedish display names for the enum values the core sends.
import type { Inriktning, InsatsStatus } from "./api";

export const INRIKTNING: Record<Inriktning, string> = {
  individinriktad: "Individinriktad",
  strukturovergripande: "Strukturövergripande",
};

export const INSATS_STATUS: Record<InsatsStatus, string> = {
  pagaende: "Pågående",
  avslutad: "Avslutad",
};
