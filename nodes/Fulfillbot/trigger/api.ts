import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { pathSegment } from '../../shared/input/pathId';
import { pollTimeGuard } from '../../shared/poll/pollTime';
import { fulfillbotGet } from '../helpers/fulfillbotGet';
import { records } from '../helpers/output';
import type { FulfillbotPage, FulfillbotReader } from './reader';

/**
 * The reader over HTTP: each request through the node's credential and Fulfillbot's rate budget
 * (helpers/fulfillbotGet.ts), and stopped once the poll's time is spent (shared/poll/pollTime.ts).
 */
export function apiReader(ctx: IPollFunctions, inTime = pollTimeGuard(ctx)): FulfillbotReader {
	return {
		page: async (path, page, limit, status): Promise<FulfillbotPage> => {
			inTime();
			const qs = status ? { page, limit, status } : { page, limit };
			const data = (await fulfillbotGet(ctx, path, qs)) as { total?: number } | undefined;
			return { items: records(data), total: data?.total };
		},
		order: async (orderNo) => {
			inTime();
			try {
				return (await fulfillbotGet(
					ctx,
					`/orders/${pathSegment(ctx.getNode(), orderNo, 'Fulfillbot order number')}`,
				)) as IDataObject;
			} catch (error) {
				if (error instanceof NodeApiError && error.httpCode === '404') return undefined;
				throw error;
			}
		},
		warn: (message) => ctx.logger.warn(message),
	};
}
