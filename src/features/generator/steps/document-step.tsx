/** Step 2: the policy name and the generated JSON, editable in the editor the lead provides. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { MAX_POLICY_NAME_LENGTH } from '../../../policy-engine';
import { sizeSummary, type DraftAnalysis } from '../../../lib/policy-ui/policy-diagnostics';
import { useRecheck } from '../form/use-recheck';
import type { GeneratorForm } from '../form/generator-schema';
import { HandEditNotice } from './hand-edit-notice';

export const EDITOR_LABEL = 'Policy document (JSON)';

export interface DocumentStepProps {
  editor: ReactNode;
  analysis: DraftAnalysis;
  handEdited: boolean;
  onRegenerate: () => void;
}

export function DocumentStep({ editor, analysis, handEdited, onRegenerate }: DocumentStepProps) {
  const { control } = useFormContext<GeneratorForm>();
  const recheck = useRecheck();
  const warnings = analysis.diagnostics.length - analysis.errorCount;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Policy name</Header>}>
        <Controller
          control={control}
          name="name"
          render={({ field, fieldState }) => (
            <FormField
              label="Policy name"
              description={`Up to ${MAX_POLICY_NAME_LENGTH} letters, digits, hyphens and underscores, different from the identity's other policies.`}
              errorText={fieldState.error?.message}
            >
              <Input
                ref={field.ref}
                value={field.value}
                onChange={({ detail }) => {
                  field.onChange(detail.value);
                  recheck(field.name);
                }}
                onBlur={field.onBlur}
                autoComplete={false}
                spellcheck={false}
              />
            </FormField>
          )}
        />
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Generated from the statements. Edit it here for anything the fields do not offer."
            actions={
              handEdited && (
                <Button formAction="none" onClick={onRegenerate}>
                  Regenerate from the statements
                </Button>
              )
            }
          >
            Policy document
          </Header>
        }
      >
        <SpaceBetween size="s">
          {handEdited && <HandEditNotice where="document" />}
          {editor}
          <Box variant="small" color="text-body-secondary">
            {sizeSummary(analysis.bytes)}. {findingsSummary(analysis.errorCount, warnings)}
          </Box>
          {analysis.errorCount > 0 && (
            <Alert type="warning">
              SES would refuse this document. The review lists each error; Apply stays blocked until they are
              fixed.
            </Alert>
          )}
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}

/** "No errors or findings.", or what there is and where it is listed. */
function findingsSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No errors or findings.';
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'} to fix before Apply` : 'no errors',
    warnings > 0 ? `${warnings} other ${warnings === 1 ? 'finding' : 'findings'}` : '',
  ].filter(Boolean);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}, listed on the review.`;
}
