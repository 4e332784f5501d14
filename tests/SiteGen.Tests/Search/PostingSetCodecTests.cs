using FsCheck;
using FsCheck.Fluent;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class PostingSetCodecTests
{
    [Fact]
    public void Small_gaps_take_one_char_each() =>
        Assert.Equal("BKe", PostingSetCodec.Encode([0, 10, 40]));

    [Fact]
    public void A_bitmap_wins_when_it_is_shorter() =>
        Assert.Equal("~T", PostingSetCodec.Encode([0, 1, 4])); // bits 0, 1, 4 = 19

    [Fact]
    public void Large_gaps_continue_over_several_chars()
    {
        // 1000 - (-1) = 1001 = 31*32 + 9: continuation digit 32+31 ('_'), final digit 9 ('J').
        Assert.Equal("_J", PostingSetCodec.Encode([1000]));
    }

    [Fact]
    public void Dense_sets_become_bitmaps()
    {
        var all = Enumerable.Range(0, 600).ToList();
        var encoded = PostingSetCodec.Encode(all);
        Assert.StartsWith("~", encoded, StringComparison.Ordinal);
        Assert.Equal(101, encoded.Length);
        Assert.Equal(all, PostingSetCodec.Decode(encoded));
    }

    [Fact]
    public void The_empty_set_is_the_empty_string() => Assert.Equal("", PostingSetCodec.Encode([]));

    [Fact]
    public void Any_sorted_set_round_trips()
    {
        Prop.ForAll<int[]>(raw =>
        {
            var ids = raw.Select(x => Math.Abs(x % 200_000)).Distinct().Order().ToList();
            var encoded = PostingSetCodec.Encode(ids);
            return encoded.All(c => c == '~' || PostingSetCodec.Alphabet.Contains(c, StringComparison.Ordinal))
                && PostingSetCodec.Decode(encoded).SequenceEqual(ids);
        }).QuickCheckThrowOnFailure();
    }
}
