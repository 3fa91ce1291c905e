/** The three emulated APIs. Names are used in URLs of the control API, the journal and faults. */
export const API_NAMES = ['fulfillbot', 's2', 'shopline'] as const;
export type ApiName = (typeof API_NAMES)[number];
