import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

// Same rule as the credential (credentials/ShoplineApi.credentials.ts), which refuses to send the
// token elsewhere. Create checks it before sending so a bad handle reads as bad input, not as
// "SHOPLINE did not answer" (sendOnce cannot tell a refusal before sending from a lost request).
const HANDLE = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function checkStoreHandle(context: IExecuteSingleFunctions): Promise<void> {
	const credentials = await context.getCredentials('shoplineApi');
	const handle = String(credentials.handle ?? '');
	if (!HANDLE.test(handle)) {
		throw new NodeOperationError(
			context.getNode(),
			`SHOPLINE credential: store handle "${handle}" is not valid. Use the lowercase letters, digits and hyphens before .myshopline.com (e.g. "open001" for open001.myshopline.com).`,
			{ itemIndex: context.getItemIndex() },
		);
	}
}
