using Pamphlet.Text.Paragraphs.Kashida;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// A line's kashida goes to as few words as can hold it, in whole tatweels, the best places first and
/// equals spread along the line, each word within its most; less than a tatweel is not drawn at all.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class KashidaDistributionTests
{
    private const double Tatweel = 2.5;

    private static KashidaWord Word(int priority) => new(priority, 3, Tatweel);

    [Fact]
    public void Less_than_a_tatweel_is_left_to_the_spaces()
    {
        Assert.Equal([0, 0], KashidaDistribution.Tatweels([Word(6), Word(4)], 2));
    }

    [Fact]
    public void One_word_takes_what_it_can_hold()
    {
        Assert.Equal([3, 0], KashidaDistribution.Tatweels([Word(6), Word(4)], 7.5));
    }

    [Fact]
    public void As_few_words_as_hold_it_the_best_places_first()
    {
        var tatweels = KashidaDistribution.Tatweels([Word(1), Word(6), Word(4), Word(5)], 11);

        // 11 points are four tatweels (one point left over): two words of at most three, the two best places.
        Assert.Equal([0, 2, 0, 2], tatweels);
    }

    [Fact]
    public void An_odd_tatweel_goes_to_the_better_place()
    {
        // Five tatweels need two words of at most three.
        Assert.Equal([3, 2], KashidaDistribution.Tatweels([Word(6), Word(4)], 12.5));
        Assert.Equal([2, 3], KashidaDistribution.Tatweels([Word(4), Word(6)], 12.5));
    }

    [Fact]
    public void Equal_places_are_spread_along_the_line()
    {
        var tatweels = KashidaDistribution.Tatweels([Word(4), Word(4), Word(4), Word(4), Word(4), Word(4)], 15);

        // Two words of three tatweels: the middles of the line's two halves, not its two first words.
        Assert.Equal([0, 3, 0, 0, 3, 0], tatweels);
    }

    [Fact]
    public void No_word_takes_more_than_its_most()
    {
        Assert.Equal([3, 3], KashidaDistribution.Tatweels([Word(4), Word(4)], 40));
    }
}
