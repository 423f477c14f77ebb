// Plain constants shared by forms (client) and the data access layer (server).
export const NOTE_MAX_LENGTH = 10_000;
export const RELATIONSHIP_LABEL_MAX = 80;
export const RESULTS_PAGE_SIZE = 20;
