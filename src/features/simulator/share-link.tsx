/** The link that reopens the scenario (policies and request, never credentials). */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useHref } from 'react-router';

export function ShareLink({ path }: { path: string }) {
  const href = useHref(path);
  const url = new URL(href, window.location.origin).href;
  const [copied, setCopied] = useState<string>();
  const copy = () => {
    navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied('Link copied.'))
      .catch(() => setCopied('The browser did not allow copying: select the link and copy it.'));
  };
  return (
    <SpaceBetween size="xs">
      <FormField
        label="Share link"
        description="Opens the simulator with this scenario: its policies and request, never credentials."
        secondaryControl={
          <Button iconName="copy" onClick={copy}>
            Copy link
          </Button>
        }
        stretch
      >
        <Input value={url} readOnly />
      </FormField>
      <Box variant="span" aria-live="polite">
        {copied}
      </Box>
    </SpaceBetween>
  );
}
