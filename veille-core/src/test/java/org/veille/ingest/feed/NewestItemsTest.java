package org.veille.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.veille.model.FeedItem;

class NewestItemsTest {
    private static FeedItem item(String name, String published) {
        return new FeedItem("https://example.org/feed", "https://example.org/" + name, null, name, List.of(), published);
    }

    private static List<String> names(List<FeedItem> items) {
        return items.stream().map(FeedItem::title).toList();
    }

    @Test
    void dated_items_over_the_cap_keep_the_newest_in_the_feeds_order() {
        List<FeedItem> items = List.of(item("old", "2023-01-01T00:00:00Z"), item("newest", "2023-03-01T12:00:00+02:00"),
                item("oldest", "2022-12-31T23:00:00Z"), item("newer", "2023-02-01T00:00:00Z"));

        assertEquals(List.of("newest", "newer"), names(NewestItems.take(items, 2)));
    }

    @Test
    void the_chosen_come_back_in_the_feeds_order_and_a_tie_goes_to_the_earlier_in_the_feed() {
        List<FeedItem> items = List.of(item("a", "2023-02-01T00:00:00Z"), item("b", "2023-03-01T00:00:00Z"),
                item("c", "2023-01-01T00:00:00Z"), item("d", "2023-02-01T00:00:00Z"));

        assertEquals(List.of("a", "b"), names(NewestItems.take(items, 2)), "b is newest; a and d tie, a comes first");
        assertEquals(List.of("a", "b", "d"), names(NewestItems.take(items, 3)));
    }

    @Test
    void without_a_date_on_every_item_the_first_ones_are_taken() {
        List<FeedItem> items = List.of(item("first", null), item("second", "2023-03-01T00:00:00Z"), item("third", "2024-01-01T00:00:00Z"));

        assertEquals(List.of("first", "second"), names(NewestItems.take(items, 2)));
    }

    @Test
    void a_feed_within_the_cap_is_taken_whole() {
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item("i" + i, null));
        }
        assertEquals(items, NewestItems.take(items, 5));
    }
}
