/** Columns of the slide overview's grid; arrow up and down move its cursor by this many slides. */
export const overviewColumns = 6
