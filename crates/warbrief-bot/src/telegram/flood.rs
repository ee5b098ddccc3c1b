//! Flood protection: a user who sends more than [`LIMIT`] commands in a minute gets one "slow down" and is
//! ignored for a minute.
//!
//! Each user has a fixed one-minute window from their first command in it: a counter, not a log of
//! timestamps, so a user costs a few bytes. Users idle for a minute are forgotten whenever the map grows past
//! [`PRUNE_AT`], and the map never holds more than [`MAX_USERS`]: past that, new users are let through
//! uncounted rather than memory growing without bound (a flood from that many accounts is Telegram's to stop).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Commands allowed per user per minute.
pub const LIMIT: u32 = 20;
const WINDOW: Duration = Duration::from_secs(60);
const PRUNE_AT: usize = 10_000;
const MAX_USERS: usize = 100_000;

/// What to do with a user's command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Over the limit just now: say "slow down" once.
    Warn,
    /// Still muted: say nothing.
    Ignore,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    start: Instant,
    count: u32,
    muted_until: Option<Instant>,
}

/// Shared by all handlers; cheap to clone.
#[derive(Clone, Default)]
pub struct FloodGuard {
    users: Arc<Mutex<HashMap<i64, Window>>>,
}

impl FloodGuard {
    /// Counts a command from `user` at `now`.
    pub fn check(&self, user: i64, now: Instant) -> Verdict {
        let mut users = self.users.lock().expect("flood lock");
        if users.len() >= PRUNE_AT && !users.contains_key(&user) {
            users.retain(|_, window| {
                now.duration_since(window.start) < WINDOW || window.muted_until.is_some_and(|until| until > now)
            });
            if users.len() >= MAX_USERS {
                return Verdict::Allow;
            }
        }
        let window = users.entry(user).or_insert(Window { start: now, count: 0, muted_until: None });
        if let Some(until) = window.muted_until {
            if now < until {
                return Verdict::Ignore;
            }
            *window = Window { start: now, count: 0, muted_until: None };
        }
        if now.duration_since(window.start) >= WINDOW {
            *window = Window { start: now, count: 0, muted_until: None };
        }
        window.count += 1;
        if window.count > LIMIT {
            window.muted_until = Some(now + WINDOW);
            return Verdict::Warn;
        }
        Verdict::Allow
    }

    /// Whether `user` is being ignored for flooding.
    pub fn is_muted(&self, user: i64, now: Instant) -> bool {
        let users = self.users.lock().expect("flood lock");
        users.get(&user).and_then(|window| window.muted_until).is_some_and(|until| now < until)
    }

    /// Users currently tracked (for tests and metrics).
    #[cfg(test)]
    fn tracked(&self) -> usize {
        self.users.lock().expect("flood lock").len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_a_minute_pass_the_twenty_first_warns_then_a_minute_of_silence() {
        let guard = FloodGuard::default();
        let start = Instant::now();
        let at = |seconds: f64| start + Duration::from_secs_f64(seconds);
        for i in 0..20 {
            assert_eq!(guard.check(1, at(f64::from(i))), Verdict::Allow, "command {i}");
        }
        assert_eq!(guard.check(2, at(20.0)), Verdict::Allow, "other users are counted apart");
        assert_eq!(guard.check(1, at(20.5)), Verdict::Warn);
        assert_eq!(guard.check(1, at(21.0)), Verdict::Ignore);
        assert!(guard.is_muted(1, at(21.0)) && !guard.is_muted(2, at(21.0)));
        assert_eq!(guard.check(1, at(80.0)), Verdict::Ignore, "muted for a minute from the warning");
        assert_eq!(guard.check(1, at(80.6)), Verdict::Allow);
        // A steady 20 a minute is never throttled.
        let steady = FloodGuard::default();
        for i in 0..200 {
            assert_eq!(steady.check(3, at(f64::from(i) * 3.0)), Verdict::Allow);
        }
    }

    #[test]
    fn memory_stays_bounded_under_many_users() {
        let guard = FloodGuard::default();
        let start = Instant::now();
        for user in 0..(PRUNE_AT as i64 * 3) {
            // A new wave of users each minute: the old ones are forgotten.
            let minute = user / PRUNE_AT as i64;
            guard.check(user, start + Duration::from_secs(61 * minute as u64));
        }
        assert!(guard.tracked() <= PRUNE_AT + 1, "{}", guard.tracked());
    }
}
