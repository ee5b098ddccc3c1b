//! The global rate: one send slot every `1/rate`, with no bursts; a 429 pauses it.

use std::time::Duration;

use tokio::time::Instant;

/// Spaces messages evenly at the configured rate, with no bursts; a 429 pauses it.
pub(super) struct Pacer {
    interval: Duration,
    /// The next free slot (or, while paused, when sending may resume).
    next: Instant,
}

impl Pacer {
    /// A pacer for `rate` messages a second, free from now.
    pub(super) fn new(rate: f64) -> Self {
        Pacer { interval: Duration::from_secs_f64(1.0 / rate), next: Instant::now() }
    }

    /// The instant of the next free slot, reserving it.
    pub(super) fn reserve(&mut self) -> Instant {
        let at = self.next.max(Instant::now());
        self.next = at + self.interval;
        at
    }

    /// No slot before `until`.
    pub(super) fn pause_until(&mut self, until: Instant) {
        self.next = self.next.max(until);
    }

    /// When the next slot is free: later than now while paused.
    pub(super) fn resume_at(&self) -> Instant {
        self.next
    }
}
