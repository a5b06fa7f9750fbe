/** Says plainly what happens to a hand-edited document when the fields change. */
import Alert from '@cloudscape-design/components/alert';

export function HandEditNotice({ where }: { where: 'statements' | 'document' }) {
  return (
    <Alert type="info" header="The policy document has hand edits">
      {where === 'statements'
        ? 'If you change these fields, continuing regenerates the document from them and replaces your hand edits. You will be asked first, and can keep your edits instead.'
        : 'Going back to Statements and changing a field regenerates this document from the fields, replacing these edits. You will be asked before that happens.'}
    </Alert>
  );
}
