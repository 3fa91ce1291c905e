 
/** An S2 organization; every S2 record belongs to exactly one. */
export interface S2Organization {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

/** A login token (from S2's Login API) and the organizations its user belongs to. */
export interface S2Token {
	/** Seed name, reported as the journal's principal. */
	name: string;
	token: string;
	organizationIds: string[];
}

/** A sales channel account (GET /account). */
export interface S2Account {
	[field: string]: unknown;
	id: string;
	organizationId: string;
	name: string;
	code: string;
	/** e.g. MARKETPLACE_GENERIC (the only value the docs show). */
	type: string;
	createdAt: string;
	updatedAt: string;
}

export interface S2State {
	organizations: S2Organization[];
	tokens: S2Token[];
	accounts: S2Account[];
}
