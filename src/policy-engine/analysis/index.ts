/** Access analysis: what an edit of an identity's policies changes, and who can send with them. */
export { compareAccess } from './compare';
export { whoCanSend } from './who-can-send';
export type {
  AccessVerdict,
  AccessWitness,
  CarveOut,
  CompareAccessRequest,
  CompareAccessResult,
  RowCondition,
  WhoCanSendInput,
  WhoCanSendResult,
  WhoCanSendRow,
} from './types';
