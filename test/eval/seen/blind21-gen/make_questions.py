#!/usr/bin/env python3
"""Writes holdout21/questions.en.json and questions.zh.json (blind set 21, issue #17).

120 single questions per language: 100 on-topic + 20 off-topic, shuffled with a fixed seed.
Labels follow what the question really asks, judged against shared/reference/*.md.
"""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout21")

EXPECTED = {"documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
            "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
            "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
            "hotlines": 5, "not-covered": 5, "off-topic": 20}

EN = {
 "documents": [
  "what do i need to bring to get my daughters social security card",
  "which papers r needed for my 3 yr olds card",
  "do i need my husbands id too or is mine enough",
  "is the hukou book enough or do i also need the birth cert",
  "my son doesnt have an id card yet, can we use the household register instead",
  "list of materials for a kids shebao card pls",
  "originals or photocopies?? for the baby card",
  "were in changde, what docs do i take to get my kids card activated",
  "going to the bank tmrw for my boys card what should i take",
  "do i need the birth certificate for my 6 year old if hes on my hukou",
  "what stuff do i have to get ready before applying for my newborns card",
 ],
 "activation": [
  "how do i activate my kids social security card",
  "card came back but status says 封存 what does that mean",
  "can i activate my sons card on my phone",
  "how to switch on the bank function on my daughters card",
  "do i have to change the pin to activate it",
  "how to activate the medical insurance e voucher for my baby",
  "how do i activate my childs electronic social security card in the app",
  "got the card for my 4yo, does it work straight away or does it need activating",
  "can i activate it at any branch of that bank or only the one where we applied",
  "what happens if we never activate the card",
  "how do i get my daughters 医保码 through my family account",
 ],
 "newborn-insurance": [
  "how soon after birth do i have to sign my baby up for medical insurance",
  "baby is 2 months and not insured yet is it too late",
  "if we enrol after 90 days are the hospital bills since birth covered",
  "can i enroll my newborn with just the birth certificate, no hukou yet",
  "does a newborn need residents medical insurance",
  "baby was in the NICU for a week, will insurance pay if i sign her up now",
  "whats the deadline for newborn yibao",
  "we missed the 90 days what now",
  "baby born in xian, 4 months old, havent paid his medical insurance yet",
  "is there a grace period for putting the baby on medical insurance",
 ],
 "process": [
  "what are the steps to get a card for my kid",
  "what should i do first for my newborn, insurance or the card",
  "whats the order, e card first or physical card",
  "step by step how do i get a social security card for a toddler",
  "just had a baby, what do i need to sort out and in which order",
  "applied already, whats next",
  "how does the whole thing go from applying to using the card at the hospital",
  "first time doing this for my son, where do i even start",
  "roughly what steps for a 9 year old who never had a card",
 ],
 "card-kinds": [
  "whats the difference between the social security card and the medical insurance e voucher",
  "is the electronic social security card the same thing as 医保码",
  "do kids need both the physical card and the e card",
  "e voucher vs e card, confused which is which",
  "is the electronic card just a phone version of the plastic one",
  "three different cards?? physical, electronic, medical voucher, what",
  "who runs the e voucher, same department as the shebao card?",
  "does the medical e voucher need the physical card first",
  "my app shows 电子社保卡 and 医保电子凭证, which one is which",
 ],
 "who-can-act": [
  "can grandma apply for the card for my son",
  "does my daughter have to come with me to the bank",
  "can my husband do it alone or do we both have to go",
  "im the dad, can i apply or does it have to be the mom",
  "can a relative go instead of us if we write a letter",
  "our nanny looks after the kid, can she activate it",
  "whos allowed to apply for a minors card",
  "can a 15 yr old activate his own card",
  "grandpa has our hukou book, can he do the baby card for us",
 ],
 "apply-where": [
  "where do i apply for my kids card",
  "can i apply online for my childs social security card",
  "which bank do i go to for a kids card",
  "is it the hrss office or the bank",
  "in guiyang where can i get the card made on the spot",
  "can i apply for the baby card without leaving home",
 ],
 "photo": [
  "does my 2 year old need a photo for the card",
  "photo size for kids social security card",
  "baby cant sit still for a photo, is it required",
  "can a toddlers card have no photo",
  "what pixel size and dpi for the digital photo",
 ],
 "child-eligibility": [
  "at what age can a child get a social security card",
  "can a newborn even get a card",
  "is my 3 month old eligible for a shebao card",
  "does a kid have to be insured before getting a card",
  "can preschoolers get the card or only school kids",
 ],
 "lost-card": [
  "my son lost his card what do i do",
  "card got snapped in half, how to replace",
  "how to report my daughters card lost",
  "found the card after reporting it lost, can i undo that",
  "kids card is lost, does the e card still work",
 ],
 "legal-basis": [
  "what law says kids have to have this card",
  "why are the rules different in every city",
  "which regulation covers social security cards",
  "is there an official rule about what documents they can ask for",
  "article 16 what does it actually say",
 ],
 "privacy": [
  "is my childs data safe if i upload her photo in the app",
  "who can see my kids info on the card",
  "what do they do with our personal information",
  "can the bank see my sons medical records through the card",
  "worried about privacy adding my kid to the family account",
 ],
 "hotlines": [
  "whats the phone number to ask about a kids card",
  "what is 12393",
  "should i call 12333 or 12393 about baby insurance",
  "hotline for social security questions?",
  "can i call 12333 from a mobile without an area code",
 ],
 "not-covered": [
  "how much does it cost to make a card for my kid",
  "whats the reimbursement rate for kids in hospital",
  "how much is the yearly premium for a child in residents medical insurance",
  "can my kids card be used in another province",
  "can i change the bank on my sons card to a different one",
 ],
 "off-topic": [
  "best car insurance for a family of four",
  "how do i get an id card for my 10 year old",
  "open a savings account for my kid",
  "how to register my babys hukou",
  "passport for a toddler how",
  "which kindergarten is good in chengdu",
  "is commercial critical illness insurance for kids worth it",
  "vaccination schedule for a 6 month old",
  "how do i withdraw my housing fund",
  "my mum just retired how does she collect her pension",
  "whats the weather in haikou this weekend",
  "what documents for primary school enrolment",
  "travel insurance for japan with 2 kids",
  "can you help me with my tax return",
  "how do i claim maternity allowance",
  "kid lost his ICBC debit card (not the shebao one) how to freeze it",
  "tell me a joke",
  "how to change my childs surname",
  "travel permit for my kid to visit hong kong",
  "how to claim unemployment benefit",
 ],
}

ZH = {
 "documents": [
  "给娃办社保卡要带啥",
  "办儿童社保卡需要什么材料",
  "爸妈两个人的身份证都要吗",
  "户口本够不够 还要出生证吗",
  "孩子没办身份证能用户口本办吗",
  "明天去银行给闺女办卡 要准备哪些东西",
  "要原件还是复印件啊",
  "三岁宝宝办社保卡材料清单",
  "孩子跟我不在一个户口本上 要带什么证明",
  "监护关系证明是啥 哪里开",
  "在常德给孩子激活社保卡要带什么",
 ],
 "activation": [
  "孩子社保卡怎么激活",
  "卡的状态显示封存是啥意思",
  "能不能在手机上激活孩子的社保卡",
  "社保卡金融功能怎么开通",
  "改个密码就算激活了吗",
  "宝宝的医保电子凭证怎么激活",
  "给孩子领电子社保卡怎么弄",
  "卡拿到手了还要激活吗",
  "激活必须去当初办卡的那个网点吗",
  "社保卡一直不激活会怎样",
  "支付宝能给孩子领医保码吗",
 ],
 "newborn-insurance": [
  "新生儿医保出生多久内要办",
  "宝宝出生两个多月了还没参保 来得及吗",
  "超过90天才参保 出生以后住院的钱能报吗",
  "还没上户口 能先拿出生证给宝宝参保吗",
  "新生儿要不要交城乡居民医保",
  "宝宝在新生儿科住了一周 现在补参保能报销吗",
  "新生儿参保截止是啥时候",
  "错过了九十天咋办",
  "在西安 孩子四个月了还没交医保",
  "宝宝上完户口以后医保信息要更新吗",
 ],
 "process": [
  "给孩子办社保卡流程是怎样的",
  "刚生完 先办医保还是先办社保卡",
  "电子社保卡和实体卡先办哪个",
  "办卡步骤一步步说下",
  "宝宝出生了要办哪些 顺序是啥",
  "申请完了下一步干嘛",
  "从申请到看病能用 整个流程讲讲",
  "第一次给孩子办 从哪开始",
  "九岁孩子从来没办过卡 大概要走哪些步骤",
 ],
 "card-kinds": [
  "社保卡和医保电子凭证有啥区别",
  "电子社保卡就是医保码吗",
  "孩子实体卡和电子卡都要办吗",
  "电子社保卡跟医保电子凭证傻傻分不清",
  "电子社保卡是不是实体卡的手机版",
  "三种卡到底啥关系",
  "医保电子凭证归哪个部门管",
  "医保电子凭证要先有实体卡吗",
  "手机里有电子社保卡也有医保电子凭证 分别是干嘛的",
 ],
 "who-can-act": [
  "奶奶能帮孙子办社保卡吗",
  "办卡孩子本人要到场吗",
  "孩子爸一个人去可以吗",
  "只能妈妈办吗 爸爸行不行",
  "亲戚拿委托书能代办吗",
  "保姆可以帮忙激活吗",
  "未成年人的卡谁能去办",
  "十五岁能自己去激活吗",
  "姥爷拿着户口本能替我们办吗",
 ],
 "apply-where": [
  "孩子社保卡去哪办",
  "能网上申请儿童社保卡吗",
  "去哪个银行办",
  "是去人社局还是去银行",
  "贵阳哪里能当场制卡",
  "不出门能给宝宝办卡吗",
 ],
 "photo": [
  "两岁孩子办卡要照片吗",
  "儿童社保卡照片尺寸多少",
  "宝宝太小拍不了照怎么办",
  "小孩的卡可以不放照片吗",
  "电子照片像素和分辨率啥要求",
 ],
 "child-eligibility": [
  "孩子多大可以办社保卡",
  "刚出生的能办吗",
  "三个月宝宝能不能办社保卡",
  "孩子没参保能办卡吗",
  "学龄前儿童能办社保卡吗",
 ],
 "lost-card": [
  "孩子社保卡丢了咋办",
  "卡折断了怎么补",
  "怎么给孩子的卡挂失",
  "挂失以后又找到了能解挂吗",
  "实体卡丢了电子社保卡还能用吗",
 ],
 "legal-basis": [
  "哪个法规规定孩子要办社保卡",
  "为啥每个城市要求不一样",
  "社保卡是依据哪个规定管理的",
  "材料要求有没有官方依据",
  "社保卡管理办法第十六条说的啥",
 ],
 "privacy": [
  "在app上传孩子照片安全吗",
  "孩子卡里的信息谁能看到",
  "个人信息会被拿去干嘛",
  "银行能通过社保卡看到孩子看病记录吗",
  "绑亲情账户会不会泄露隐私",
 ],
 "hotlines": [
  "问社保卡的电话是多少",
  "12393是干啥的",
  "新生儿医保问题打12333还是12393",
  "社保咨询热线",
  "手机打12333要加区号吗",
 ],
 "not-covered": [
  "办儿童社保卡要钱吗",
  "小孩住院报销比例多少",
  "少儿医保一年交多少钱",
  "孩子的社保卡外省能用吗",
  "孩子社保卡能换个银行吗",
 ],
 "off-topic": [
  "车险哪家便宜",
  "孩子身份证怎么办",
  "给孩子开个银行储蓄账户",
  "新生儿怎么上户口",
  "小孩办护照流程",
  "成都哪个幼儿园好",
  "少儿商业重疾险值得买吗",
  "六个月宝宝打什么疫苗",
  "公积金怎么提取",
  "我妈退休金怎么领",
  "海口明天天气咋样",
  "小学入学要什么材料",
  "带娃去日本玩买什么旅游险",
  "个税怎么退",
  "生育津贴怎么领",
  "孩子工行储蓄卡丢了 不是社保卡 怎么冻结",
  "讲个笑话",
  "孩子改姓怎么弄",
  "给孩子办港澳通行证",
  "失业金怎么申请",
 ],
}


def build(data, seed):
    items = [{"text": t, "topic": topic} for topic, texts in data.items() for t in texts]
    counts = Counter(i["topic"] for i in items)
    assert counts == Counter(EXPECTED), (counts, EXPECTED)
    assert len(items) == 120
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate question"
    random.Random(seed).shuffle(items)
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 2121), ("zh", ZH, 2122)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(items), dict(Counter(i["topic"] for i in items)))


if __name__ == "__main__":
    main()
