/**
 * "Add an identity shared with you": the identity ARN an owner sent, and optionally the policy
 * text they sent with it (pasted, or read from a .json file). Checked with the engine's own ARN
 * reading and policy validator; what was typed stays in the form whatever is wrong with it.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  MAX_POLICY_FILE_BYTES,
  sharedArnProblem,
  sharedPolicyProblem,
  type SharedGrantInput,
  type WriteResult,
} from '../../lib/connections/shared-grants';
import { TextField } from '../../lib/ui/text-field';
import { policyNameProblem } from '../../policy-engine';

export const DEFAULT_SHARED_POLICY_NAME = 'policy-from-owner';

interface FormValues {
  identityArn: string;
  policyName: string;
  policyText: string;
}

const EMPTY: FormValues = { identityArn: '', policyName: '', policyText: '' };

function formSchema(callerArn: string) {
  return z
    .object({ identityArn: z.string(), policyName: z.string(), policyText: z.string() })
    .superRefine((values, ctx) => {
      const arnProblem = sharedArnProblem(values.identityArn, callerArn);
      if (arnProblem) ctx.addIssue({ code: 'custom', path: ['identityArn'], message: arnProblem });
      const name = values.policyName.trim();
      if (!values.policyText.trim()) {
        if (name)
          ctx.addIssue({
            code: 'custom',
            path: ['policyText'],
            message: 'Paste the policy text for this name, or leave the name empty.',
          });
        return;
      }
      const nameProblem = name ? policyNameProblem(name) : undefined;
      if (nameProblem) ctx.addIssue({ code: 'custom', path: ['policyName'], message: nameProblem });
      if (arnProblem) return;
      const policyProblem = sharedPolicyProblem(
        name || DEFAULT_SHARED_POLICY_NAME,
        values.policyText,
        values.identityArn.trim(),
      );
      if (policyProblem && !nameProblem)
        ctx.addIssue({ code: 'custom', path: ['policyText'], message: policyProblem });
    });
}

/** A file's text; jsdom's File lacks text() in some versions, FileReader works everywhere. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

/** A policy name from a file name (`marketing.json` → `marketing`), when it is a valid one. */
function nameFromFile(fileName: string): string | undefined {
  const base = fileName.replace(/\.json$/i, '');
  return policyNameProblem(base) ? undefined : base;
}

interface AddSharedGrantFormProps {
  callerArn: string;
  onAdd: (input: SharedGrantInput) => WriteResult;
}

export function AddSharedGrantForm({ callerArn, onAdd }: AddSharedGrantFormProps) {
  const [schema] = useState(() => formSchema(callerArn));
  const { control, handleSubmit, reset, setValue, getValues, setError } = useForm<FormValues>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: EMPTY,
  });
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const [added, setAdded] = useState<string>();

  const chooseFile = async (chosen: File[]) => {
    setFiles(chosen);
    setFileError(undefined);
    const file = chosen[0];
    if (!file) return;
    if (file.size > MAX_POLICY_FILE_BYTES) {
      setFileError(
        `${file.name} has ${file.size.toLocaleString('en-US')} bytes: a sending authorization policy has at most 4,096. Choose the policy’s own file.`,
      );
      return;
    }
    try {
      const text = await readText(file);
      setValue('policyText', text, { shouldValidate: true, shouldDirty: true });
      const name = nameFromFile(file.name);
      if (name && !getValues('policyName').trim()) setValue('policyName', name, { shouldDirty: true });
    } catch (error) {
      setFileError(
        `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const submit = handleSubmit((values) => {
    setAdded(undefined);
    const text = values.policyText;
    const result = onAdd({
      identityArn: values.identityArn.trim(),
      policy: text.trim()
        ? { name: values.policyName.trim() || DEFAULT_SHARED_POLICY_NAME, document: text }
        : undefined,
    });
    if (!result.ok) {
      setError('identityArn', { type: 'store', message: result.error }, { shouldFocus: true });
      return;
    }
    setAdded(values.identityArn.trim());
    reset(EMPTY);
    setFiles([]);
  });

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="SES never shows you another account’s identities or policies. Add the identity ARN the owner sent you, and the policy they attached if they shared it; they are kept in this browser for your account."
        >
          Add an identity shared with you
        </Header>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add an identity shared with you">
        <Form
          actions={
            <Button variant="primary" formAction="submit">
              Add
            </Button>
          }
        >
          <SpaceBetween size="m">
            {added && (
              <Alert type="success" dismissible onDismiss={() => setAdded(undefined)}>
                Added {added}.
              </Alert>
            )}
            <TextField
              control={control}
              name="identityArn"
              label="Identity ARN"
              constraint="arn:aws:ses:REGION:ACCOUNT:identity/DOMAIN-OR-ADDRESS"
              placeholder="arn:aws:ses:<Region>:<owner account>:identity/<address or domain>"
            />
            <TextField
              control={control}
              name="policyName"
              label="Policy name (optional)"
              description={`The name the owner gave the policy; ${DEFAULT_SHARED_POLICY_NAME} when left empty.`}
            />
            <TextField
              control={control}
              name="policyText"
              label="Policy text from the owner (optional)"
              description="The sending authorization policy, as JSON, exactly as the owner sent it."
              rows={8}
            />
            <FormField
              label="Or read the policy from a file"
              description="A .json file the owner sent: its text replaces the policy text above."
              errorText={fileError}
            >
              <FileUpload
                value={files}
                onChange={({ detail }) => void chooseFile(detail.value)}
                accept="application/json,.json"
                showFileSize
                i18nStrings={{
                  uploadButtonText: () => 'Choose policy file',
                  dropzoneText: () => 'Drop a policy file',
                  removeFileAriaLabel: () => 'Remove the policy file',
                  limitShowFewer: 'Show fewer files',
                  limitShowMore: 'Show more files',
                  errorIconAriaLabel: 'Error',
                }}
              />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Container>
  );
}
