import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { handleProblem } from './baseUrl';

// The credential's rule (helpers/baseUrl.ts), which refuses to send the token elsewhere. Create checks
// it before sending so a bad handle reads as bad input, not as "SHOPLINE did not answer" (sendOnce
// cannot tell a refusal before sending from a lost request).
export async function checkStoreHandle(context: IExecuteSingleFunctions): Promise<void> {
	const credentials = await context.getCredentials('shoplineApi');
	const problem = handleProblem(String(credentials.handle ?? ''));
	if (problem)
		throw new NodeOperationError(context.getNode(), problem, { itemIndex: context.getItemIndex() });
}
