// Swedish display names for the enum values the core sends.
import type { Antalsfalt, Inriktning, InsatsStatus } from "./api";

export const INRIKTNING: Record<Inriktning, string> = {
  individinriktad: "Individinriktad",
  strukturovergripande: "Strukturövergripande",
};

export const INSATS_STATUS: Record<InsatsStatus, string> = {
  pagaende: "Pågående",
  avslutad: "Avslutad",
};

export const ANTALSFALT: Record<Antalsfalt, string> = {
  kvinnor: "Kvinnor",
  man: "Män",
  antal: "Antal",
};
