import { revealAll, setFacilitator, setFollowMe, startSilentWriting } from '@stormscape/model/yjs';
import { useEffect, useRef, useState } from 'react';
import { showToast } from '../board/uiStore';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Timer } from './Timer';
import { useCanFacilitate, useFacilitation, useWorkshop, useWorkshopUi } from './WorkshopContext';

/** Facilitator role, timer, dot voting, follow me and silent writing. */
export function FacilitationTools() {
  const { rt, me, myName, ui } = useWorkshop();
  const { doc, origin } = rt.session;
  const f = useFacilitation();
  const canFacilitate = useCanFacilitate();
  const voting = useWorkshopUi((s) => s.voting);
  const isFacilitator = f.facilitatorId === me;
  const leading = f.followMe.active && f.followMe.leaderId === me;
  const [asking, setAsking] = useState(false);
  // Taking the role keeps the step this participant is on: it becomes everyone's.
  const take = () => setFacilitator(doc, me, origin, myName(), ui.getState().view);
  useTakeOverNotice();

  return (
    <div className="ws-tools" role="group" aria-label="Facilitation">
      <span className="ws-facilitator" data-testid="facilitator">
        {f.facilitatorId ? `Facilitator: ${isFacilitator ? 'you' : f.facilitatorName || 'someone'}` : 'No facilitator'}
      </span>
      {!rt.readOnly &&
        (isFacilitator ? (
          <button type="button" onClick={() => setFacilitator(doc, null, origin)}>
            Stop facilitating
          </button>
        ) : (
          <button type="button" onClick={() => (f.facilitatorId ? setAsking(true) : take())}>
            {f.facilitatorId ? 'Take over facilitation' : 'Facilitate'}
          </button>
        ))}
      <ConfirmDialog
        open={asking && !!f.facilitatorId && !isFacilitator}
        title="Take over facilitation?"
        message={`${f.facilitatorName || 'Someone'} is facilitating. If you take over, you lead the steps, the timer and voting, their "follow me" ends, and they are told.`}
        confirmLabel="Take over"
        onConfirm={() => {
          setAsking(false);
          take();
        }}
        onCancel={() => setAsking(false)}
      />
      <Timer />
      {!rt.readOnly && (
        <button type="button" aria-pressed={voting} onClick={() => ui.setState({ voting: !voting })}>
          Dot voting
        </button>
      )}
      {canFacilitate && (
        <button type="button" aria-pressed={leading} onClick={() => setFollowMe(doc, leading ? null : me, origin)}>
          Follow me
        </button>
      )}
      {canFacilitate &&
        (f.silentWriting ? (
          <button type="button" className="primary" onClick={() => revealAll(doc, origin)}>
            Reveal all
          </button>
        ) : (
          <button type="button" onClick={() => startSilentWriting(doc, origin)}>
            Silent writing
          </button>
        ))}
    </div>
  );
}

/** Tells this participant when someone else takes the facilitator role from them. */
function useTakeOverNotice(): void {
  const { rt, me } = useWorkshop();
  const { facilitatorId, facilitatorName } = useFacilitation();
  const previous = useRef(facilitatorId);
  useEffect(() => {
    if (previous.current === me && facilitatorId !== null && facilitatorId !== me) {
      showToast(rt.ui, `${facilitatorName || 'Someone'} took over facilitation from you.`);
    }
    previous.current = facilitatorId;
  }, [facilitatorId, facilitatorName, me, rt.ui]);
}

/** Banners for the modes everyone is in: silent writing, following the leader. */
export function FacilitationBanners() {
  const { me, ui } = useWorkshop();
  const f = useFacilitation();
  const following = useWorkshopUi((s) => s.following);
  const hiddenFromMe = [...f.hidden.values()].filter((author) => author !== me).length;
  const mine = [...f.hidden.values()].filter((author) => author === me).length;
  // The facilitator never follows anyone (a take-over ends the previous leader's follow-me).
  const followed = f.followMe.active && f.followMe.leaderId !== me && f.facilitatorId !== me;
  if (!f.silentWriting && !followed) return null;
  return (
    <div className="ws-banners">
      {f.silentWriting && (
        <p className="ws-banner" role="status" data-testid="silent-writing">
          Silent writing: your new stickies stay hidden from the others until the facilitator reveals all ({mine} yours,{' '}
          {hiddenFromMe} from others hidden).
        </p>
      )}
      {followed && (
        <p className="ws-banner" role="status" data-testid="following">
          {following ? 'Following the facilitator’s view. Pan or zoom to look around on your own.' : 'You are looking around on your own.'}{' '}
          <button type="button" className="ws-link" onClick={() => ui.setState({ following: !following })}>
            {following ? 'Stop following' : 'Follow again'}
          </button>
        </p>
      )}
    </div>
  );
}
