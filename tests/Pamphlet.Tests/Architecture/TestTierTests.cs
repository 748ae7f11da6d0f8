using System.Reflection;

namespace Pamphlet.Tests.Architecture;

/// <summary>Every test class names exactly one tier (<see cref="Tier"/>), so that each tier run alone runs all of its tests.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class TestTierTests
{
    /// <summary>Classes with a [Fact] or [Theory] (a theory is a fact) method of their own or inherited.</summary>
    private static List<Type> TestClasses() =>
        [.. typeof(TestTierTests).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))];

    /// <summary>The values of the class's traits named <see cref="Tier.Name"/>.</summary>
    private static List<string?> TiersOf(Type type) =>
        [.. CustomAttributeData.GetCustomAttributes(type)
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Tier.Name)
            .Select(a => (string?)a.ConstructorArguments[1].Value)];

    [Fact]
    public void Every_test_class_names_one_known_tier()
    {
        var classes = TestClasses();
        var wrong = classes.Select(type => (type, tiers: TiersOf(type)))
            .Where(c => c.tiers.Count != 1 || !Tier.All.Contains(c.tiers[0]))
            .Select(c => $"{c.type.FullName}: {(c.tiers.Count == 0 ? "no tier" : string.Join(", ", c.tiers))}")
            .ToList();

        Assert.True(classes.Count > 150, $"found {classes.Count} test classes");
        Assert.True(wrong.Count == 0, "test classes without exactly one known tier ([Trait(Tier.Name, Tier.Unit)] …):\n" + string.Join('\n', wrong));
    }
}
