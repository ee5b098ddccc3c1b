//! Replies as Telegram messages: HTML parse mode, no link previews, inline keyboards, photos and documents.

use super::*;

pub(super) fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

pub(super) async fn send(bot: &Bot, chat: ChatId, replies: Vec<Reply>) -> HandlerResult {
    for reply in replies {
        if let Some(photo) = reply.photo {
            bot.send_photo(chat, InputFile::memory(photo.bytes).file_name(photo.file_name))
                .caption(reply.html)
                .parse_mode(ParseMode::Html)
                .await?;
            continue;
        }
        if let Some(document) = reply.document {
            bot.send_document(chat, InputFile::memory(document.bytes).file_name(document.file_name))
                .caption(reply.html)
                .parse_mode(ParseMode::Html)
                .await?;
            continue;
        }
        let mut request =
            bot.send_message(chat, reply.html).parse_mode(ParseMode::Html).link_preview_options(no_preview());
        if !reply.buttons.is_empty() {
            request = request.reply_markup(keyboard(&reply.buttons));
        }
        request.await?;
    }
    Ok(())
}
