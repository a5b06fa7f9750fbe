/**
 * Sending through the chosen identity is what is simulated: its ARN becomes the Source ARN
 * (visibly; the user can change it) while that field is blank or still follows the identity.
 * Only the user's own choices of identity move it: a scenario from a link is kept as given.
 */
import { useCallback, useRef } from 'react';
import { parseIdentityArn } from '../../policy-engine';

export interface FollowedSourceArn {
  /** The user chose (or typed) this identity. */
  follow(typed: string): void;
  /** A scenario set the fields: the Source ARN follows only if it equals the identity's. */
  adopt(values: { sourceArn: string; identityArn: string }): void;
}

export function useFollowedSourceArn(
  getSourceArn: () => string,
  setSourceArn: (arn: string) => void,
): FollowedSourceArn {
  const followed = useRef('');
  const follow = useCallback(
    (typed: string) => {
      const arn = typed.trim();
      if (!parseIdentityArn(arn).ok) return;
      const source = getSourceArn().trim();
      if (source && source !== followed.current) return;
      followed.current = arn;
      if (source !== arn) setSourceArn(arn);
    },
    [getSourceArn, setSourceArn],
  );
  const adopt = useCallback((values: { sourceArn: string; identityArn: string }) => {
    followed.current = values.sourceArn === values.identityArn ? values.sourceArn : '';
  }, []);
  return { follow, adopt };
}
