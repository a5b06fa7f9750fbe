/**
 * The built-in emulator's state: export it to a file, import a file exported earlier (a demo set
 * up once and shared), or reset to the seeded demo. Import and reset replace everything, so they
 * ask first; afterwards every cached SES answer is read again.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  checkImportFile,
  exportEmulatorState,
  importEmulatorState,
  resetEmulator,
  type CheckedImport,
} from './emulator-state';

type Pending = { kind: 'import'; file: File; checked: CheckedImport } | { kind: 'reset' };
type Outcome = { type: 'success' | 'error'; text: string };

export function EmulatorTools() {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ type: 'success', text: await work() });
      await queryClient.invalidateQueries();
    } catch (error) {
      setOutcome({ type: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  const download = () =>
    run(async () => {
      const file = new Blob([await exportEmulatorState()], { type: 'application/json' });
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `ses-emulator-state-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
      return `Exported the emulator's state (${file.size.toLocaleString('en-US')} bytes) as ${link.download}.`;
    });

  // The file is read and checked before anything is asked: a file that would not import is
  // refused with the reason, and "replace?" names what the good one holds.
  const checkThenAsk = async (file: File) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setPending({ kind: 'import', file, checked: await checkImportFile(file) });
    } catch (error) {
      setOutcome({
        type: 'error',
        text: `${file.name} cannot be imported: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'reset')
      return void run(async () => {
        await resetEmulator();
        return 'The emulator is back to the seeded demo.';
      });
    const { file, checked } = pending;
    return void run(async () => {
      await importEmulatorState(checked);
      setFiles([]);
      return `Imported ${file.name}: the emulator now holds that state.`;
    });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Everything the emulator keeps in this browser: identities, policies, notification settings, send attempts and what each topic received."
        >
          Emulator state
        </Header>
      }
    >
      <SpaceBetween size="l">
        {outcome && (
          <Alert type={outcome.type} dismissible onDismiss={() => setOutcome(undefined)}>
            {outcome.text}
          </Alert>
        )}
        <FormField label="Export" description="Download the whole state as a JSON file.">
          <Button onClick={() => void download()} disabled={busy}>
            Export state
          </Button>
        </FormField>
        <FormField label="Import" description="Replace the whole state with a file exported earlier.">
          <SpaceBetween size="s">
            <FileUpload
              value={files}
              onChange={({ detail }) => setFiles(detail.value)}
              accept="application/json,.json"
              showFileSize
              constraintText="A .json file from Export state."
              i18nStrings={{
                uploadButtonText: () => 'Choose file',
                dropzoneText: () => 'Drop a file to import',
                removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
                limitShowFewer: 'Show fewer files',
                limitShowMore: 'Show more files',
                errorIconAriaLabel: 'Error',
              }}
            />
            <Button
              disabled={busy || files.length === 0}
              loading={busy && pending === undefined && files.length > 0}
              onClick={() => files[0] && void checkThenAsk(files[0])}
            >
              Import state
            </Button>
          </SpaceBetween>
        </FormField>
        <FormField label="Reset" description="Start again from the seeded demo.">
          <Button onClick={() => setPending({ kind: 'reset' })} disabled={busy}>
            Reset the emulator
          </Button>
        </FormField>
      </SpaceBetween>
      <Modal
        visible={pending !== undefined}
        onDismiss={() => setPending(undefined)}
        header={pending?.kind === 'import' ? 'Replace the emulator’s state?' : 'Reset the emulator?'}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setPending(undefined)}>
                Cancel
              </Button>
              <Button variant="primary" loading={busy} onClick={confirm}>
                {pending?.kind === 'import' ? 'Replace' : 'Reset'}
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        {pending?.kind === 'import'
          ? `${pending.file.name} holds ${count(pending.checked.identities, 'identity', 'identities')}, ${count(pending.checked.policies, 'policy', 'policies')} and ${count(pending.checked.activity, 'send attempt', 'send attempts')}. Everything the emulator holds now is replaced by it. Export first to keep it.`
          : 'Every identity, policy, setting and activity entry is replaced by the seeded demo. Export first to keep them.'}
      </Modal>
    </Container>
  );
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
