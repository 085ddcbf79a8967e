// The pictures of one message: the one cache of thumbnails the tab holds (the stage view's and the
// message's photos'), each asked for once by photo id when shown. Split from MessageTriage along that seam.
import { type Signal, signal } from '@preact/signals';
import type { MailService, StageView } from '@/utils/mail/service';
import { attachImages, photoIdsOf, refKey, type StageViewReply, thumbKey } from '@/utils/mail/stage-images';
import type { RpcClient } from '@/utils/messaging/rpc';
import type { MessagePhoto } from './message-bytes';

const REF = refKey('');

export interface PicturesHost {
  readonly stageView: Signal<StageView | undefined>;
  readonly stopped: () => boolean;
}

export class MessagePictures {
  /**
   * The one picture cache: the stage view's reference previews and the thumbnails asked for so far (the
   * message's photos' and the checklist's), by `ref:`/`thumb:` key (utils/mail/stage-images), each once.
   */
  private readonly images = new Map<string, Blob>();
  /** Bumped when a thumbnail joins the cache: the pictures shown read it through pictureOf. */
  private readonly added = signal(0);
  /** Thumbnails asked for and not come yet, by photo id: not asked for again meanwhile. */
  private readonly asked = new Set<string>();
  private wanted?: Set<string>;
  /** Asked for and not in the store (a picture dropped to save space): not asked again for each refresh. */
  private readonly absent = new Set<string>();

  constructor(
    private readonly host: PicturesHost,
    private readonly rpc: Pick<RpcClient<MailService>, 'thumbnails'>,
  ) {}

  /** The photo's thumbnail if the tab holds it; a shown picture asks for it with wantPicture. */
  pictureOf(photo: MessagePhoto): Blob | undefined {
    const sha = photo.report?.sha256;
    void this.added.value;
    return sha ? this.images.get(thumbKey(sha)) : undefined;
  }

  /**
   * A picture is on screen: its thumbnail is asked for by photo id, once, with the others shown in the same
   * task (one call). Only filed photos have one in the store.
   */
  wantPicture(photo: MessagePhoto): void {
    const sha = photo.report?.sha256;
    if (sha && photo.filed) this.want(sha);
  }

  /** A filed photo's thumbnail, asked for once, with the others wanted in the same task (one call). */
  private want(sha: string): void {
    if (this.images.has(thumbKey(sha)) || this.asked.has(sha)) return;
    this.asked.add(sha);
    if (this.wanted) {
      this.wanted.add(sha);
      return;
    }
    const wanted = new Set([sha]);
    this.wanted = wanted;
    queueMicrotask(() => {
      this.wanted = undefined;
      if (this.host.stopped()) return;
      this.rpc
        .thumbnails([...wanted])
        .then((found) => {
          for (const [id, blob] of Object.entries(found)) this.images.set(thumbKey(id), blob);
          for (const id of wanted) if (!found[id]) this.absent.add(id);
          this.added.value++;
          // The checklist shown has the same photos: put the pictures in it too.
          const shown = this.host.stageView.value;
          if (shown)
            this.host.stageView.value = attachImages({ checklist: shown.checklist, images: {} }, this.images);
        })
        .catch(() => {})
        .finally(() => {
          // Failed: the frame stays empty, asked again when shown again (no error to act on). Not found:
          // the stage view does not ask again (absent); a picture shown by the message may.
          for (const id of wanted) this.asked.delete(id);
        });
    });
  }

  /** The reference previews the stage view need not send: those the cache has. */
  held(): string[] {
    return [...this.images.keys()].filter((key) => key.startsWith(REF));
  }

  /**
   * A stage view read: its reference previews join the cache, and its checklist gets the pictures held.
   * Its records come without thumbnails (the checklist first, at 200,000 photos 30-40 ms sooner): those
   * not held are asked for now, in one call, and put in the checklist when they come.
   */
  received(reply: StageViewReply): StageView {
    const view = attachImages(reply, this.images);
    for (const sha of photoIdsOf(view.checklist)) if (!this.absent.has(sha)) this.want(sha);
    return view;
  }
}
