import { resourceOperations } from '../../../shared/description/operations';
import * as getOverview from './getOverview';

export const inventoryDescription = resourceOperations('inventory', 'getOverview', [getOverview]);
