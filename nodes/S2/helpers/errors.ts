import type { IN8nHttpFullResponse } from 'n8n-workflow';

import { apiErrorHandler, pickString, type ApiErrorParts } from '../../shared/transport/errors';
import type { ApiCredential } from '../../shared/transport/secrets';

/** The token is masked in anything S2 echoes; the organization ID in errors (S2's records carry it as data). */
export const S2_CREDENTIAL: ApiCredential = {
	type: 's2Api',
	publicFields: ['baseUrl'],
	errorOnlyFields: ['organizationId'],
};

// S2's error body (docs/api-notes.md#s2-errors): {"message": "<text> reference ID: <uuid>"}; the 409 on a
// duplicate channelFulfillmentId adds "code": "ALREADY_EXISTS" (docs/api-notes.md#s2-duplicate-fulfillment).
const REFERENCE = /\s*reference ID:\s*([0-9a-f-]{36})\s*$/i;

export interface S2ErrorBody {
	message?: string;
	code?: string;
	referenceId?: string;
}

/** The API's message without its trailing reference ID, the reference ID, and the code. */
export function readS2Error(body: unknown): S2ErrorBody {
	const raw = pickString(body, ['message']);
	const code = pickString(body, ['code']);
	if (!raw) return { code };
	const match = REFERENCE.exec(raw);
	return { message: match ? raw.slice(0, match.index).trim() : raw, referenceId: match?.[1], code };
}

export function describeS2Error(response: IN8nHttpFullResponse): ApiErrorParts {
	const status = response.statusCode;
	const { message, referenceId, code } = readS2Error(response.body);
	const text = message ?? `S2 answered HTTP ${status}`;
	const reference = referenceId ? ` S2 reference ID for support: ${referenceId}.` : '';
	switch (status) {
		case 401:
			return {
				message: text,
				description: `S2 access tokens expire after 7 days: get a new one from S2's Login API and paste it into the S2 credential.${reference}`,
			};
		case 403:
			return {
				message: text,
				description: `Check the Organization ID in the S2 credential: the token's user must be a member of that organization.${reference}`,
			};
		case 409:
			return {
				message: text,
				description:
					code === 'ALREADY_EXISTS'
						? `A fulfillment with this Channel Fulfillment ID already exists in the organization, so nothing new was created. To get the existing one instead of an error, set Options → If It Already Exists → Return the Existing Fulfillment.${reference}`
						: reference.trim() || undefined,
			};
		default:
			return { message: text, description: reference.trim() || undefined };
	}
}

export const handleS2Error = apiErrorHandler(describeS2Error, S2_CREDENTIAL);
