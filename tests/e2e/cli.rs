use crate::{Sandbox, stderr, stdout};

#[test]
fn every_subcommand_has_help() {
    let sandbox = Sandbox::new();
    for subcommand in ["serve", "chat", "migrate", "demo", "digest", "import", "export", "parse"] {
        let output = sandbox.run(&[subcommand, "--help"], &[], "");
        assert!(output.status.success(), "{subcommand}");
        assert!(stdout(&output).contains("Usage: warbrief"), "{subcommand}: {}", stdout(&output));
    }
    let top = sandbox.run(&["--help"], &[], "");
    for subcommand in ["serve", "chat", "migrate", "demo", "digest", "import", "export", "parse"] {
        assert!(stdout(&top).contains(subcommand));
    }
}

#[test]
fn bad_settings_stop_start_up_with_one_line_naming_the_variable() {
    let sandbox = Sandbox::new();
    let cases = [
        ("WARBRIEF_TIMEZONE", "Mars/Olympus_Mons"),
        ("WARBRIEF_ADMINS", "42,abc"),
        ("DATABASE_URL", "mysql://localhost/db"),
        ("TELOXIDE_API_URL", "::not a url"),
        ("TELOXIDE_TOKEN", "oops"),
    ];
    for (variable, value) in cases {
        let output = sandbox.run(&["chat"], &[(variable, value)], "/today\n");
        assert_eq!(output.status.code(), Some(2), "{variable}");
        let message = stderr(&output);
        assert_eq!(message.trim().lines().count(), 1, "{variable}: {message}");
        assert!(message.starts_with(&format!("error: {variable}: ")), "{message}");
        assert!(stdout(&output).is_empty(), "nothing answered with bad settings");
    }
}

#[test]
fn serve_without_a_token_says_how_to_get_one() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["serve"], &[], "");
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("TELOXIDE_TOKEN") && message.contains("@BotFather"), "{message}");
}

#[test]
fn migrate_creates_the_database_file_and_is_repeatable() {
    let sandbox = Sandbox::new();
    for _ in 0..2 {
        let output = sandbox.run(&["migrate"], &[], "");
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains("Migrations applied (SQLite)"));
    }
    assert!(sandbox.file("warbrief.db").exists());
}

#[test]
fn an_unreachable_database_is_an_error_without_the_password() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["migrate"], &[("DATABASE_URL", "postgres://warbrief:hunter2@127.0.0.1:1/warbrief")], "");
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("cannot connect to the PostgreSQL database"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
}

#[test]
fn an_unreachable_bot_api_is_an_error_without_the_token() {
    let sandbox = Sandbox::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let api = format!("http://{closed}/");
    let token = "123456:SECRETpart_never_shown";
    for format in ["human", "json"] {
        let output = sandbox.run(
            &["serve"],
            &[("TELOXIDE_TOKEN", token), ("TELOXIDE_API_URL", &api), ("WARBRIEF_LOG_FORMAT", format)],
            "",
        );
        assert!(!output.status.success());
        let all = format!("{}{}", stdout(&output), stderr(&output));
        assert!(all.contains("error"), "{all}");
        assert!(!all.contains("SECRETpart_never_shown"), "{all}");
    }
}
