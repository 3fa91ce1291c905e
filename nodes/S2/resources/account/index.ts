import { resourceOperations } from '../../../shared/description/operations';
import * as getAll from './getAll';

export const accountDescription = resourceOperations('account', 'getAll', [getAll]);
