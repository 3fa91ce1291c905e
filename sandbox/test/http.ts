/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import axios, { type AxiosInstance } from 'axios';

/** An HTTP client that never throws on a status: tests assert on status and body themselves. */
export function client(
	baseURL: string,
	headers: Record<string, string> = {},
	timeout = 5000,
): AxiosInstance {
	return axios.create({ baseURL, headers, timeout, validateStatus: () => true });
}

export const bearer = (credential: string): Record<string, string> => ({
	Authorization: `Bearer ${credential}`,
});

export const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
