//! The send rate: one slot every `1/rate`, with no bursts; a 429 pauses it.
//!
//! Where one process sends from a database (SQLite), the slots are counted in memory. Where several may
//! (PostgreSQL), the budget is the database's ([`Store::reserve_send_slots`]): each instance reserves small
//! blocks of slots from it, so the rate is the total across instances, and a 429 seen by one pushes the
//! budget past `retry_after` for all of them.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;
use warbrief_storage::{Store, StoreError};

/// The most slots reserved from a shared budget at once, as time: after another instance's 429, this
/// instance may still use what it holds, so this bounds the sends that go out during someone else's pause.
const BLOCK: Duration = Duration::from_millis(500);
/// A held slot this late (or one interval, if longer) is dropped rather than used: late slots used back to
/// back would bunch sends up. Within it, a second holds at most 2 % more than the rate at 900/s, while at
/// high rates a slot a few microseconds late (the worker's own loop) is still used, not wasted.
const LATE_AT_MOST: Duration = Duration::from_millis(20);

/// Spaces messages evenly at the configured rate, with no bursts; a 429 pauses it.
pub(super) struct Pacer {
    interval: Duration,
    /// `Some`: the budget is the database's, shared by every instance on it.
    shared: Option<Store>,
    state: Mutex<State>,
}

struct State {
    /// In memory: the next free slot. Shared: no slot before it (a pause this instance saw).
    next: Instant,
    /// Shared: slots reserved from the database and not used yet, earliest first.
    held: VecDeque<Instant>,
}

impl Pacer {
    /// A pacer for `rate` messages a second, counted in memory; free from now.
    pub(super) fn new(rate: f64) -> Self {
        Pacer { interval: interval(rate), shared: None, state: Mutex::new(State::new()) }
    }

    /// A pacer for `rate` messages a second in total, over the budget `store` keeps for every instance on its
    /// database.
    pub(super) fn shared(rate: f64, store: Store) -> Self {
        Pacer { interval: interval(rate), shared: Some(store), state: Mutex::new(State::new()) }
    }

    /// The pacer for sending from `store` at `rate`: shared where other instances may send from it too.
    pub(super) fn for_store(rate: f64, store: &Store) -> Self {
        if store.shares_send_budget() { Pacer::shared(rate, store.clone()) } else { Pacer::new(rate) }
    }

    /// The instant of the next free slot, reserving it. `wanted` is how many slots the caller expects to use
    /// soon (at least this one); a shared budget reserves up to that many at once, to spare round trips.
    pub(super) async fn reserve(&self, wanted: usize) -> Result<Instant, StoreError> {
        let Some(store) = &self.shared else {
            let mut state = self.state.lock().expect("pacer lock");
            let at = state.next.max(Instant::now());
            state.next = at + self.interval;
            return Ok(at);
        };
        if let Some(slot) = self.take_held() {
            return Ok(slot);
        }
        let most = (BLOCK.as_secs_f64() / self.interval.as_secs_f64()).max(1.0) as usize;
        let count = u32::try_from(wanted.clamp(1, most)).unwrap_or(1);
        let slots = store.reserve_send_slots(count, self.interval).await?;
        // The offset is from the database's now; counted from when the answer arrived, a slot can only be
        // later than the database meant (by the answer's delay, milliseconds), never earlier.
        let first = Instant::now() + slots.first_in;
        let mut state = self.state.lock().expect("pacer lock");
        state.held.extend((0..slots.count).map(|n| first + self.interval * n));
        let slot = state.held.pop_front().expect("at least one slot was reserved");
        Ok(slot.max(state.next))
    }

    /// The first held slot that is still usable: one well in the past would bunch sends up, so it is
    /// dropped (a slot unused is rate not spent, never rate exceeded).
    fn take_held(&self) -> Option<Instant> {
        let mut state = self.state.lock().expect("pacer lock");
        let stale = Instant::now().checked_sub(self.interval.max(LATE_AT_MOST)).unwrap_or_else(Instant::now);
        while let Some(slot) = state.held.pop_front() {
            if slot >= stale && slot >= state.next {
                return Some(slot);
            }
        }
        None
    }

    /// Telegram asked to wait `wait`: no slot of this instance before then, and, with a shared budget, no
    /// instance's next reservation either.
    pub(super) async fn pause(&self, wait: Duration) {
        self.pause_here(Instant::now() + wait);
        if let Some(store) = &self.shared
            && let Err(error) = store.pause_sending(wait).await
        {
            tracing::error!(error = %crate::error_chain(&error), "could not pause the other instances' sending");
        }
    }

    /// No slot of this instance before `until`.
    fn pause_here(&self, until: Instant) {
        let mut state = self.state.lock().expect("pacer lock");
        state.next = state.next.max(until);
        state.held.clear();
    }

    /// When this instance may send next as far as it knows: later than now while paused (by a 429 it saw, or,
    /// with a shared budget, when the slots it holds start after someone else's pause).
    pub(super) fn resume_at(&self) -> Instant {
        let state = self.state.lock().expect("pacer lock");
        state.held.front().map_or(state.next, |first| state.next.max(*first))
    }

    /// Gives back a slot [`Pacer::reserve`] returned and that will not be used now (its batch went back to
    /// the queue): a shared budget's slot is kept for the next send, so this instance waits for it instead of
    /// reserving ever later ones.
    pub(super) fn unreserve(&self, slot: Instant) {
        if self.shared.is_some() {
            self.state.lock().expect("pacer lock").held.push_front(slot);
        }
    }
}

impl State {
    fn new() -> Self {
        State { next: Instant::now(), held: VecDeque::new() }
    }
}

fn interval(rate: f64) -> Duration {
    Duration::from_secs_f64(1.0 / rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two instances on one database, each pacing at "10 a second": together they send 10 a second, not 20.
    /// (SQLite stands in for PostgreSQL here: the budget's SQL is the same, and the contract suite runs it
    /// on both; the three-instance end-to-end test runs it on PostgreSQL.)
    #[tokio::test]
    async fn instances_sharing_a_budget_share_the_rate_and_a_pause() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let (one, two) = (Store::open(&url).await.unwrap(), Store::open(&url).await.unwrap());
        let (first, second) = (Pacer::shared(10.0, one), Pacer::shared(10.0, two));
        let mut slots = Vec::new();
        for _ in 0..10 {
            slots.push(first.reserve(1).await.unwrap());
            slots.push(second.reserve(1).await.unwrap());
        }
        slots.sort();
        let span = *slots.last().unwrap() - slots[0];
        // 20 slots 100 ms apart span 1.9 s (less the first answer's delay, if it was slow); counted apart,
        // each instance's 10 would have spanned 0.9 s.
        assert!(span >= Duration::from_millis(1_500), "{span:?}");

        // A 429 seen by one holds the other back too.
        first.pause(Duration::from_secs(30)).await;
        let after = second.reserve(1).await.unwrap();
        assert!(after >= Instant::now() + Duration::from_secs(29), "{:?}", after - Instant::now());
    }

    #[tokio::test]
    async fn a_block_of_slots_is_used_in_order_and_late_slots_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        let pacer = Pacer::shared(20.0, store);
        let first = pacer.reserve(5).await.unwrap();
        let held: Vec<Instant> = vec![
            pacer.reserve(1).await.unwrap(),
            pacer.reserve(1).await.unwrap(),
            pacer.reserve(1).await.unwrap(),
            pacer.reserve(1).await.unwrap(),
        ];
        assert_eq!(held, (1..5).map(|n| first + Duration::from_millis(50) * n).collect::<Vec<_>>());
        // Given back, a slot is used next; once it is long past, it is dropped for a fresh one.
        pacer.unreserve(held[3]);
        assert_eq!(pacer.resume_at(), held[3]);
        tokio::time::sleep_until(held[3] + Duration::from_millis(200)).await;
        let fresh = pacer.reserve(1).await.unwrap();
        assert!(fresh > held[3] + Duration::from_millis(100), "a stale slot would burst");
    }
}
