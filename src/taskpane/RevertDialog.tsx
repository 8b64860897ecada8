/**
 * Asks before Revert: it undoes every run since the first (Excel's own undo cannot, after an
 * add-in's writes). Loaded as its own chunk when Revert is first clicked: the Dialog and its
 * focus trap are not needed to open the pane.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Strings } from "./strings";

export interface RevertDialogProps {
  /**
   * Kept mounted once loaded and closed through this prop: unmounting an open Dialog skips its
   * closing, which leaves the rest of the pane hidden from assistive technology (aria-hidden).
   */
  readonly open: boolean;
  readonly strings: Strings;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export default function RevertDialog({
  open,
  strings: t,
  onConfirm,
  onCancel,
}: RevertDialogProps): JSX.Element {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="revert-body">
        <DialogBody>
          <DialogTitle>{t.revertTitle}</DialogTitle>
          <DialogContent id="revert-body">{t.revertQuestion}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.revertConfirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
