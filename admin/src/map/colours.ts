// Colours shared by the maps and the lists beside them, so a rank on the map and in the
// list look the same.

/** The sea and the background of the maps. */
export const SEA_COLOUR = "#dce9ef";

/** Rank 1 (best) to 10: from deep green through yellow to orange. */
const RANK_COLOURS = ["#00695c", "#00897b", "#26a69a", "#43a047", "#7cb342", "#afb42b", "#f9a825", "#ffa000", "#f57c00", "#e65100"];

export const rankColour = (rank: number): string => RANK_COLOURS[Math.min(Math.max(rank, 1), RANK_COLOURS.length) - 1];

/** The newcomer's location: a colour no candidate has. */
export const NEWCOMER_COLOUR = "#7b1fa2";

/** The chosen municipality on a location picker. */
export const CHOSEN_AREA_COLOUR = "#0b5c7a";

/** Unmet demand on the coordinator's map. */
export const UNMET_COLOUR = "#c62828";
