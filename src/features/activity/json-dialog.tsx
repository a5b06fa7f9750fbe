/** A button that opens a dialog with a JSON value shown as text (in <pre>, never as markup). */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import { useState, type ReactNode } from 'react';
import { jsonText } from './json-text';
import styles from './activity.module.css';

interface JsonDialogProps {
  /** The button's text. */
  label: string;
  /** The button's accessible name, naming the row it belongs to. */
  ariaLabel: string;
  title: string;
  value: unknown;
  /** Shown above the JSON. */
  children?: ReactNode;
}

export function JsonDialog({ label, ariaLabel, title, value, children }: JsonDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="inline-link" ariaLabel={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <Modal
          visible
          size="large"
          header={title}
          onDismiss={() => setOpen(false)}
          footer={
            <Box float="right">
              <Button variant="primary" onClick={() => setOpen(false)}>
                Done
              </Button>
            </Box>
          }
        >
          {children}
          <pre className={styles.json}>{jsonText(value)}</pre>
        </Modal>
      )}
    </>
  );
}
